/**
 * The running head and foot of a printed page (print.css `@page` margin boxes) show the site's name,
 * the page's address and the day it was printed. Margin boxes cannot read the page, but they inherit
 * custom properties from the root element: this sets them from the page's print header (site name and
 * canonical address, written at build time) and today's date, again just before printing. Without
 * scripts the print header itself stands at the top of the first page.
 */
import { formatDateZh } from '../lib/format/date.ts';

const header = document.querySelector<HTMLElement>('.print-header');

/** A CSS string: the text in double quotes, with quotes and backslashes escaped. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

function setRunningHead() {
  if (!header) return;
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const time = header.querySelector<HTMLTimeElement>('[data-print-date]');
  if (time) {
    time.dateTime = today.toISOString().slice(0, 10);
    time.textContent = formatDateZh(today);
  }
  const root = document.documentElement.style;
  root.setProperty('--print-site', cssString(header.dataset.site ?? ''));
  root.setProperty('--print-address', cssString(header.dataset.address ?? ''));
  root.setProperty('--print-date', cssString(`打印于${formatDateZh(today)}`));
  document.documentElement.classList.add('has-running-head');
}

setRunningHead();
addEventListener('beforeprint', setRunningHead);
