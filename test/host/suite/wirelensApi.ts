// The extension under test, activated, and the API object its activate() returns.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { name, publisher } from '../../../package.json';
import type { WirelensApi } from '../../../src/vscode/activate';

export const EXTENSION_ID = `${publisher}.${name}`;

/** Activates Wirelens (a test run filtered by GREP may not have opened a wire article yet) and returns its API. */
export async function wirelens(): Promise<WirelensApi> {
  const ext = vscode.extensions.getExtension<WirelensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}
