// Pictures of the workbench as a user sees it, for a person to look at before a UI change is done.
import { TEST_HOST } from './runSuite';
import { sleep } from './waitFor';

/**
 * Asks the runner for a PNG of the whole workbench (test-results/screenshots/<host>/<name>.png):
 * it watches the log for this marker line, and needs a moment to take the picture.
 */
export async function screenshot(name: string): Promise<void> {
  console.log(`__SCREENSHOT__:test-results/screenshots/${TEST_HOST}/${name}.png`);
  await sleep(1000);
}
