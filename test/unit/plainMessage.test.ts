// Values put into notifications (file names, file system errors, what a sidecar or an imported file
// says) can hold markdown links, which a notification would render as working links, `command:` ones
// included. `plain` makes every such value inert and keeps it readable.
import * as assert from 'node:assert/strict';
import { NOTIFICATION_LINK, plain } from '../../src/vscode/plainMessage';

const HOSTILE = [
  '[Open](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)',
  '[x](command:wirelens.acceptAll)',
  '[click here](https://example.com/phish)',
  '[file](file:///etc/passwd)',
  '[x](COMMAND:workbench.action.quit "a title")',
  'annotations.entities[0].id: [e1](command:x) is used twice',
  'a]( b',
  '[[nested](command:x)](command:y)',
];
const visible = (s: string) => s.replace(/\u2060/g, '');

suite('plain message values', () => {
  test('no hostile value forms a link, alone or inside a message', () => {
    for (const value of HOSTILE) {
      assert.doesNotMatch(plain(value), NOTIFICATION_LINK, value);
      assert.doesNotMatch(`Wirelens: the sidecar x could not be read (invalid): ${plain(value)}. It is left as it is.`, NOTIFICATION_LINK, value);
    }
  });

  test('two values side by side cannot join into a link', () => {
    const pairs: [string, string][] = [['[x', '](command:y)'], ['[x]', '(command:y)'], ['[x](command', ':y)']];
    for (const [a, b] of pairs) assert.doesNotMatch(plain(a) + plain(b), NOTIFICATION_LINK, a + b);
  });

  test('the value reads the same: only invisible word joiners are added', () => {
    for (const value of [...HOSTILE, 'ordinary name.wire', 'بغداد/الأناضول.wire', '']) assert.equal(visible(plain(value)), value);
    assert.equal(plain('09-ar-mixed-emoji.wire'), '09-ar-mixed-emoji.wire', 'plain text is left exactly as it is');
    assert.equal(plain(42), '42');
  });

  test('making a value plain twice changes nothing more', () => {
    for (const value of HOSTILE) assert.equal(plain(plain(value)), plain(value));
  });
});
