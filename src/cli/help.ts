export const usage = `Usage: storylint [options] [paths...]

Lint behavioral-interview stories (Markdown with YAML front matter). Directories are
searched recursively for *.md stories (node_modules, .git and dot-folders are skipped;
linked folders are followed, each folder once).
Default path: the current directory.

A quoted glob that names no file is expanded by storylint, as a folder walk from its
fixed leading folder: * and ? match within a name, ** any number of folders, [abc] or
[!abc] one character, e.g. storylint 'stories/**/*.story.md'. A glob that matches no
Markdown file is an error (exit 2).

Options:
  -f, --format text|json|sarif  output format (default: text)
      --company ID              judge every story against this pack (amazon, netflix, generic, custom)
  -c, --config FILE             use this .storylintrc.json instead of searching up from each story
      --max-warnings N          exit 1 when there are more than N warnings (default, or -1: warnings never fail)
      --summary                 print each story's one-page impact summary
      --bank-summary            after the usual output, the bank's one-page summary of the stories
                                linted, one page per company (json: "bankSummary" and
                                "bankSummaryMarkdown"; sarif ignores it)
      --probes                  print bar-raiser follow-up questions for each story
      --max-size BYTES          skip files larger than this (default: 1048576)
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 findings over the bar;
2 usage error, unreadable path or bad config (other files still run).
`;

export const usageHint = 'run storylint --help for usage';
