// The reading view's one script (allowed by its nonce): a click, or Enter or Space, on a mention, quote,
// speaker, cue or the dateline asks the extension to reveal those code points in the editor; the scroll
// position survives the page being rebuilt after an edit.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview
  const vscode = acquireVsCodeApi();

  /** @param {EventTarget | null} target */
  function reveal(target) {
    const el = target instanceof Element ? target.closest('[data-start]') : null;
    if (!el) return false;
    const start = Number(el.getAttribute('data-start'));
    const end = Number(el.getAttribute('data-end'));
    if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
    vscode.postMessage({ type: 'reveal', start, end });
    return true;
  }

  document.addEventListener('click', event => { if (reveal(event.target)) event.preventDefault(); });
  document.addEventListener('keydown', event => {
    if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
  });

  // The same article keeps its place; another one starts at the top.
  const article = document.querySelector('article')?.getAttribute('data-article') ?? '';
  const state = vscode.getState();
  if (state && state.article === article && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let pending = 0;
  window.addEventListener('scroll', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => vscode.setState({ article, scrollY: window.scrollY }));
  });

  vscode.postMessage({ type: 'ready' });
})();
