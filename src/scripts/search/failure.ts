/**
 * Why search could not start, in words a reader can act on: offline without a stored index, the index
 * missing on the server, the engine blocked by the browser, or the network, each said as what it is,
 * never "check the network" when the network is fine.
 */
import { href } from '../../consts.ts';

/** The reader-facing message for a search that failed to load with `error`. */
export async function searchFailureMessage(error: unknown): Promise<string> {
  if (!navigator.onLine) return '当前离线，本机还没有保存搜索索引：联网后打开任一页面即可离线搜索。';
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/WebAssembly|wasm|Content Security Policy/i.test(text)) {
    return '浏览器阻止了搜索引擎（WebAssembly）运行，请联系网站管理员。';
  }
  try {
    const response = await fetch(href('/pagefind/pagefind.js'), { cache: 'no-store' });
    if (!response.ok) return `服务器上没有搜索索引（HTTP ${response.status}），请联系网站管理员。`;
  } catch {
    return '无法连接服务器，搜索索引未能下载，请检查网络后重试。';
  }
  return `搜索索引已下载，但搜索未能启动（${text.slice(0, 80)}），请刷新页面重试。`;
}
