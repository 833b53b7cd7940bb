// What both host entries share: mocha's options and the run that prints the closing line CI reads.
import type Mocha from 'mocha';

/** 'web' or 'node': set by esbuild.mjs for each bundle of the suite. */
declare const WIRELENS_TEST_HOST: 'web' | 'node';
/** GREP from the environment at build time: a worker cannot read the environment at run time. */
declare const WIRELENS_TEST_GREP: string;

export const TEST_HOST = WIRELENS_TEST_HOST;

export const mochaOptions: Mocha.MochaOptions = {
  ui: 'tdd',
  timeout: 20000,
  color: false,
  ...(WIRELENS_TEST_GREP ? { grep: WIRELENS_TEST_GREP } : {}),
};

export function runSuite(mocha: Mocha): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const passes = runner.stats?.passes ?? 0;
      console.log(`host-${TEST_HOST}: ${passes} passed, ${failures} failed`);
      // A run that executed nothing (a typo in GREP, a broken test list) must not look green.
      if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
      else if (passes === 0) reject(new Error('no host test ran'));
      else resolve();
    });
  });
}
