// Entry of the host suite in the Node extension host (the VS Code server): mocha from node_modules.
import Mocha from 'mocha';
import { mochaOptions, runSuite } from './runSuite';

export function run(): Promise<void> {
  const mocha = new Mocha(mochaOptions);
  // The test files are bundled in, not loaded by mocha: hand them the tdd globals (suite, test …) first.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'host-tests', mocha);
  require('wirelens:host-tests');
  return runSuite(mocha);
}
