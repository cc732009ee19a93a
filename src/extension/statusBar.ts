import * as vscode from 'vscode';
import type { StoryReport } from '../core';
import { countOf, countSeverities, severityCounts } from '../shared/model/format';
import type { StoryService } from './storyService';

/** `$(checklist) 78 · 2:25`: the active story's score and speaking time; hidden for anything else. */
export class StoryStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('storylint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly stories: StoryService) {
    this.item.name = 'StoryLint';
    this.item.command = 'storylint.openStoryCheck';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      stories.onDidUpdate(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
    );
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const report = document ? this.stories.reportFor(document) : undefined;
    if (!report) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(report);
    this.item.tooltip = tooltipOf(report);
    // A screen reader reads this, not the icon name and the tooltip's Markdown escapes (from an onboarding audit).
    this.item.accessibilityInformation = { label: statusLabel(report), role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function statusText(report: StoryReport): string {
  return `$(checklist) ${report.score} · ${minutesAndSeconds(report.speakingSeconds)}`;
}

/** "StoryLint score 78 out of 100, about 2:25 to tell, 3 warnings: open Story Check". */
export function statusLabel(report: StoryReport): string {
  return `StoryLint score ${report.score} out of 100, about ${minutesAndSeconds(report.speakingSeconds)} to tell, ${severityCounts(countSeverities(report.findings))}: open Story Check`;
}

function tooltipOf(report: StoryReport): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(`StoryLint: score ${report.score}/100, about ${minutesAndSeconds(report.speakingSeconds)} to tell (${countOf(report.words, 'word')})\n`);
  md.appendText(`${severityCounts(countSeverities(report.findings))}\n`);
  md.appendMarkdown('\nClick to open Story Check.');
  return md;
}

function minutesAndSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
