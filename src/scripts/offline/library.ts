/**
 * `<offline-library>` on /offline/: 「保存全部报道以便离线阅读」 with the size to download, a progress bar,
 * and a way to free the space again. The list of files comes from the build (offline-archive.json).
 */
import { href } from '../../consts.ts';
import { ARCHIVE_CACHE, ARCHIVE_LIST, formatBytes, type ArchiveList } from '../../lib/offline/archive.ts';
import { save, storedChanged } from './save.ts';

class OfflineLibrary extends HTMLElement {
  #list: ArchiveList = { files: [], bytes: 0 };
  #status!: HTMLElement;
  #progress!: HTMLProgressElement;
  #saveButton!: HTMLButtonElement;
  #freeButton!: HTMLButtonElement;

  connectedCallback() {
    this.#status = this.querySelector('[data-status]')!;
    this.#progress = this.querySelector('progress')!;
    this.#saveButton = this.querySelector('[data-save]')!;
    this.#freeButton = this.querySelector('[data-free]')!;
    this.#saveButton.addEventListener('click', () => void this.#saveAll());
    this.#freeButton.addEventListener('click', () => void this.#free());
    if (!('caches' in window)) {
      this.#status.textContent = '此浏览器不支持离线保存。';
      return;
    }
    void this.#load();
  }

  async #load() {
    try {
      const response = await fetch(href(`/${ARCHIVE_LIST}`), { cache: 'no-cache' });
      this.#list = (await response.json()) as ArchiveList;
    } catch {
      this.#status.textContent = '现在无法取得报道清单，请联网后再试。';
      return;
    }
    this.#saveButton.textContent = `保存全部报道以便离线阅读（约${formatBytes(this.#list.bytes)}）`;
    this.#saveButton.disabled = false;
    await this.#describe();
  }

  /** Says how much is saved (pages kept from visits count too). */
  async #describe() {
    const cache = await caches.open(ARCHIVE_CACHE);
    const stored = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
    const saved = this.#list.files.filter((file) =>
      stored.has(new URL(href(file.url), location.origin).pathname),
    );
    const bytes = saved.reduce((sum, file) => sum + file.bytes, 0);
    this.#freeButton.disabled = stored.size === 0;
    this.#status.textContent =
      saved.length === this.#list.files.length
        ? `全部报道已保存（${formatBytes(bytes)}），离线时也能阅读。`
        : `已保存${saved.length}/${this.#list.files.length}个页面和文件（${formatBytes(bytes)}）。最新的报道、搜索索引和数据下载已自动保存。`;
  }

  async #saveAll() {
    this.#saveButton.disabled = true;
    this.#progress.hidden = false;
    this.#progress.max = this.#list.files.length;
    this.#progress.value = 0;
    const { failed } = await save(
      this.#list.files.map((file) => file.url),
      (done) => {
        this.#progress.value = done;
        this.#status.textContent = `正在保存：${done} / ${this.#list.files.length}`;
      },
    );
    await this.#describe();
    if (failed.length) this.#status.textContent += `有${failed.length}个未能保存，请联网后再试。`;
    this.#saveButton.disabled = false;
  }

  async #free() {
    await caches.delete(ARCHIVE_CACHE);
    storedChanged();
    this.#progress.hidden = true;
    await this.#describe();
    this.#status.textContent = `已释放空间：另行保存的报道已删除。${this.#status.textContent ?? ''}`;
  }
}

customElements.define('offline-library', OfflineLibrary);
