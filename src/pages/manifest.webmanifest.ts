/**
 * The web app manifest, made at build time so that its start page, scope and icons follow the base
 * path the site is built for (`SITE_BASE=/jj/` gives `/jj/`): the installed site opens its own home
 * page and stays within its own addresses.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TITLE, href } from '../consts.ts';

/** The manifest, as JSON. */
export const GET: APIRoute = () => {
  const manifest = {
    name: SITE_TITLE,
    short_name: SITE_NAME,
    description: '重庆市江津区工业经济的数据故事：年度报告、图表与可追溯的指标数据，可离线阅读和搜索。',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: href('/'),
    scope: href('/'),
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#9b2d20',
    icons: [
      { src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: href('/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: href('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
