// Crash safety of the extension's writes (sidecars, exports): the new bytes go to a temporary sibling and
// are renamed over the target, so a failure or a crash between the two steps leaves the previous file
// as it was. Run against an in-memory file system whose rename can fail, or never come back.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { writeFileAtomic, type AtomicFileSystem } from '../../src/vscode/atomicWrite';

/** Just enough of vscode.Uri for the write: a path and `with`. */
class FakeUri {
  constructor(readonly path: string) {}
  with(change: { path?: string }): FakeUri { return new FakeUri(change.path ?? this.path); }
  toString(): string { return `file://${this.path}`; }
}
const uri = (path: string) => new FakeUri(path) as unknown as vscode.Uri;

type Step = 'writeFile' | 'rename' | 'delete';

class MemoryFs implements AtomicFileSystem {
  readonly files = new Map<string, string>();
  readonly calls: string[] = [];
  constructor(private readonly behaviour: Partial<Record<Step, 'fail' | 'hang'>> = {}) {}

  private step(name: Step, detail: string): Promise<void> {
    this.calls.push(`${name} ${detail}`);
    if (this.behaviour[name] === 'fail') return Promise.reject(Object.assign(new Error(`${name} failed`), { code: 'EIO' }));
    if (this.behaviour[name] === 'hang') return new Promise(() => undefined);
    return Promise.resolve();
  }
  async writeFile(u: vscode.Uri, content: Uint8Array): Promise<void> {
    await this.step('writeFile', name(u));
    this.files.set(u.path, new TextDecoder().decode(content));
  }
  async rename(from: vscode.Uri, to: vscode.Uri, options?: { overwrite?: boolean }): Promise<void> {
    await this.step('rename', `${name(from)} -> ${name(to)}${options?.overwrite ? ' (overwrite)' : ''}`);
    this.files.set(to.path, this.files.get(from.path)!);
    this.files.delete(from.path);
  }
  async delete(u: vscode.Uri): Promise<void> {
    await this.step('delete', name(u));
    this.files.delete(u.path);
  }
}

const name = (u: vscode.Uri) => u.path.replace(/\.[0-9a-z]+\.tmp$/, '.…tmp');
const TARGET = '/ws/news/story.wirelens.yaml';
const PREVIOUS = 'format: wirelens/1\nannotations: {}\n...\n';
const NEXT = 'format: wirelens/1\nannotations: {mentions: []}\n...\n';
const encode = (s: string) => new TextEncoder().encode(s);

function withPrevious(fs: MemoryFs): MemoryFs {
  fs.files.set(TARGET, PREVIOUS);
  return fs;
}

suite('atomic write: crash safety', () => {
  test('the new bytes are written to a hidden sibling, then renamed over the target', async () => {
    const fs = withPrevious(new MemoryFs());
    await writeFileAtomic(uri(TARGET), encode(NEXT), fs);
    assert.deepEqual(fs.calls, [
      'writeFile /ws/news/.story.wirelens.yaml.…tmp',
      'rename /ws/news/.story.wirelens.yaml.…tmp -> /ws/news/story.wirelens.yaml (overwrite)',
    ]);
    assert.deepEqual([...fs.files], [[TARGET, NEXT]]);
  });

  test('a rename that fails leaves the previous file intact, removes the temporary one, and reports the rename\'s error', async () => {
    const fs = withPrevious(new MemoryFs({ rename: 'fail' }));
    await assert.rejects(writeFileAtomic(uri(TARGET), encode(NEXT), fs), /rename failed/);
    assert.deepEqual([...fs.files], [[TARGET, PREVIOUS]]);
    assert.equal(fs.calls.at(-1), 'delete /ws/news/.story.wirelens.yaml.…tmp');
  });

  test('when the clean-up fails too, the rename\'s error is still the one reported and the previous file is intact', async () => {
    const fs = withPrevious(new MemoryFs({ rename: 'fail', delete: 'fail' }));
    await assert.rejects(writeFileAtomic(uri(TARGET), encode(NEXT), fs), /rename failed/);
    assert.equal(fs.files.get(TARGET), PREVIOUS);
    assert.equal(fs.files.size, 2, 'only a hidden temporary file is left beside it');
  });

  test('a crash between the temporary file and the rename (the rename never happens) leaves the previous file intact', async () => {
    const fs = withPrevious(new MemoryFs({ rename: 'hang' }));
    void writeFileAtomic(uri(TARGET), encode(NEXT), fs);
    await new Promise(resolve => setTimeout(resolve, 10));
    assert.equal(fs.files.get(TARGET), PREVIOUS);
    assert.deepEqual([...fs.files.keys()].filter(k => k !== TARGET).map(k => k.replace(/\.[0-9a-z]+\.tmp$/, '.…tmp')), ['/ws/news/.story.wirelens.yaml.…tmp']);
  });

  test('a temporary file that cannot be written leaves the target untouched and renames nothing', async () => {
    const fs = withPrevious(new MemoryFs({ writeFile: 'fail' }));
    await assert.rejects(writeFileAtomic(uri(TARGET), encode(NEXT), fs), /writeFile failed/);
    assert.deepEqual([...fs.files], [[TARGET, PREVIOUS]]);
    assert.deepEqual(fs.calls.map(c => c.split(' ')[0]), ['writeFile']);
  });
});
