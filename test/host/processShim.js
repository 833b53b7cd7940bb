// The npm `assert` package (and the `util` it uses) reads `process`, which a browser worker lacks.
// esbuild injects this for every free `process` in the web test bundle.
export const process = {
  env: {},
  platform: 'browser',
  version: '',
  versions: {},
  argv: [],
  cwd: () => '/',
  nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
};
