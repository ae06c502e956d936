/**
 * Offline support: registers the service worker built by src/integrations/service-worker.ts (at the
 * site's base path, which is its scope), `<update-notice>`, which offers to reload when a new build's
 * worker is installed and waiting, and saves the pages a reader asked to save while offline once the
 * network returns.
 */
import { href } from '../consts.ts';
import { saveWaiting } from './offline/save.ts';

/** The notice; hidden until a new version is ready. Clicking it activates the new version and reloads. */
class UpdateNotice extends HTMLElement {
  #waiting: ServiceWorker | null = null;

  connectedCallback() {
    // Dismissed, the new version still takes over when every tab of the site is closed.
    this.querySelector('[data-dismiss]')?.addEventListener('click', () => (this.hidden = true));
    this.querySelector('[data-reload]')?.addEventListener('click', () => {
      if (!this.#waiting) return;
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      // Workbox's generated worker calls skipWaiting() on this message.
      this.#waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  }

  /** Shows the notice for `worker`, a new version waiting to take over. */
  offer(worker: ServiceWorker) {
    this.#waiting = worker;
    this.hidden = false;
  }
}

customElements.define('update-notice', UpdateNotice);

/** Registers sw.js and shows the notice whenever a new version is waiting. */
async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(href('/sw.js'), { scope: href('/') });
  // Some embedding browsers and test harnesses block workers and resolve with nothing.
  if (!registration) return;
  const notice = document.querySelector<UpdateNotice>('update-notice');
  // Only an update waits: on the first visit there is no controller yet and nothing to reload.
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) notice?.offer(worker);
  };
  // A new worker may be waiting already, installing (found while registering), or found later.
  const track = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  };
  offer(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    register().catch((error: unknown) => console.warn('Service worker registration failed', error));
    void saveWaiting();
  });
  window.addEventListener('online', () => void saveWaiting());
}
