/**
 * Markup that text copied from web pages carries and that would run code or restyle the page: whole
 * `<script>`, `<style>`, `<iframe>`, `<object>`, `<noscript>` and `<template>` blocks, lone tags of
 * elements that embed or restyle, and any tag with an event handler (`onerror=`), a `style=` attribute
 * or a `javascript:`/`data:` address. The importer escapes every `<` as text (escape.ts), so none of it
 * can run; this finds each piece so that the editor is told to delete it before publishing (the build
 * refuses the same constructs when they are real markup: src/lib/markdown/safe-content.ts).
 */

/** Elements that are code or styling, with everything inside them. */
const BLOCK = /<(script|style|iframe|object|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** A lone opening or closing tag of those elements, or of ones that embed or restyle. */
const LONE =
  /<\/?(script|style|iframe|object|noscript|template|embed|frame|frameset|link|meta|base)\b[^>]*>/gi;

/** Any other tag whose attributes run code or set styles. */
const UNSAFE_TAG =
  /<[a-z][\w-]*\b(?=[^>]*?(\son[a-z]+\s*=|\sstyle\s*=|=\s*["']?\s*(javascript|vbscript|data)\s*:))[^>]*>/gi;

/** The pieces of unsafe markup in a raw text, in order, each as written. */
export function findUnsafeMarkup(raw: string): string[] {
  const found: string[] = [];
  const take = (piece: string) => {
    found.push(piece);
    return '';
  };
  raw.replace(BLOCK, take).replace(LONE, take).replace(UNSAFE_TAG, take);
  return found;
}
