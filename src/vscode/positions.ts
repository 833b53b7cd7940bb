// The one place where the core's code-point offsets meet VS Code's UTF-16 positions.
import * as vscode from 'vscode';
import type { TextIndex } from '../core';

export function toPosition(index: TextIndex, cp: number): vscode.Position {
  const p = index.positionAt(cp);
  return new vscode.Position(p.line, p.character);
}

export function toRange(index: TextIndex, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(toPosition(index, span.start), toPosition(index, span.end));
}

export function toOffset(index: TextIndex, pos: vscode.Position): number {
  return index.offsetAt(pos.line, pos.character);
}
