import * as vscode from 'vscode';
import { lintStory } from '../core';
import { StoryCodeActions } from './codeActions';
import { registerLintAllStories } from './commands/lintAllStories';
import { registerLintStory } from './commands/lintStory';
import { registerNewStory } from './commands/newStory';
import { registerOpenRuleDocs } from './commands/openRuleDocs';
import { ConfigFiles } from './config/configFiles';
import { StoryDiagnostics } from './diagnostics';
import { DiskFindings } from './diskFindings';
import { ErrorReporter } from './errorReporter';
import { FrontMatterCompletion } from './language/frontMatterCompletion';
import { PrincipleHover } from './language/principleHover';
import { LiveLinting } from './liveLinting';
import { storyLintPreviewPlugin, type Md, type PreviewEnv } from './markdownPreview';
import { registerPanels } from './panels';
import { StoryStatusBar } from './statusBar';
import { StoryLinter, type StoryService } from './storyService';

/** What activate() returns: VS Code's Markdown preview calls extendMarkdownIt; tests read the rest. */
export interface StoryLintApi {
  extendMarkdownIt(md: Md): Md;
  stories: StoryService;
  /** Internal failures shown so far (the suite checks that bad input raises none). */
  errorCount(): number;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): StoryLintApi {
  const errors = new ErrorReporter(vscode.window.createOutputChannel('StoryLint', { log: true }));
  const configProblems = vscode.languages.createDiagnosticCollection('storylint-config');
  const configFiles = new ConfigFiles(configProblems);
  const stories = new StoryLinter(configFiles, errors);
  const diagnostics = new StoryDiagnostics();
  const disk = new DiskFindings(stories, diagnostics);
  context.subscriptions.push(errors, configProblems, configFiles, stories, diagnostics, disk);

  context.subscriptions.push(
    new LiveLinting(stories, diagnostics, configFiles, disk),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new StoryCodeActions(stories), StoryCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontMatterCompletion(stories), ...FrontMatterCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new PrincipleHover(stories)),
    new StoryStatusBar(stories),
    registerNewStory(stories),
    registerLintStory(stories),
    registerLintAllStories(stories, diagnostics, disk),
    registerOpenRuleDocs(context.extensionUri),
  );
  registerPanels(context, stories);

  return {
    extendMarkdownIt: (md) =>
      storyLintPreviewPlugin(md, (src: string, env: PreviewEnv) => {
        // An open document's report honours settings and .storylintrc.json; otherwise lint with defaults.
        const uri = env.currentDocument?.toString();
        const open = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
        return open ? stories.reportFor(open) : lintStory(src);
      }),
    stories,
    errorCount: () => errors.errorCount,
  };
}

export function deactivate(): void {}
