// Entry of the host suite in VS Code for the Web: the extension host is a browser worker, so mocha's browser build.
import 'mocha/mocha';
import { mochaOptions, runSuite } from './runSuite';

export function run(): Promise<void> {
  // The browser build starts with the HTML reporter, which needs a DOM; `undefined` selects the default (spec).
  mocha.setup({ ...mochaOptions, reporter: undefined });
  require('wirelens:host-tests');
  return runSuite(mocha);
}
