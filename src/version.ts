import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
export const TOOL_NAME = 'content-lint';

const GITHUB = 'https://github.com';

/**
 * The repository's https address from package.json's `repository` (the forms npm accepts for GitHub:
 * `git+https://github.com/OWNER/NAME.git`, `https://github.com/OWNER/NAME`, `github:OWNER/NAME`,
 * `OWNER/NAME`, ssh). The action runs only from GitHub (`uses: OWNER/NAME@ref`), so any other host
 * is a mistake in package.json.
 */
export function repositoryAddress(repository: string | { url: string }): string {
  const url = typeof repository === 'string' ? repository : repository.url;
  const match = /^(?:github:|git@github\.com:|(?:git\+)?(?:https|ssh|git):\/\/(?:git@)?github\.com\/)?([\w-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new Error(`package.json: \`repository\` is \`${url}\`, expected a GitHub repository, such as \`github:OWNER/NAME\``);
  return `${GITHUB}/${match[1]}/${match[2]}`;
}

/**
 * Where the code lives. package.json's `repository` is the one place the address is written: every
 * URL the tool writes is made from it here (the bundles get that field from scripts/build.mjs), and
 * npm derives the package's `homepage` and `bugs` from it.
 */
export const REPOSITORY_URL = repositoryAddress(packageJson.repository);
/** `OWNER/NAME`, as a workflow's `uses:` names the action (and `github.repository` names a repository). */
export const REPOSITORY = REPOSITORY_URL.slice(`${GITHUB}/`.length);

/**
 * The ref that the documentation links of this version point at: the tag of its release, so that
 * a user reads the rules and options of the version they run, not those of main. The tag exists
 * wherever this code runs, because a release is the commit that sets package.json's `version` and
 * is tagged `v<version>` with it (as `npm version` does), and the version is never raised ahead of
 * its release: a user runs a release (the action by its tag, the package from npm), and a clone of
 * main between two releases still says the version of the last one, whose tag is there. (Such a
 * clone links the last release's pages, which lack rules added since; only a release is promised
 * to link its own.) The one link to `main` is the config schema's `$id` (scripts/generate.ts says
 * why); test/urls.test.ts holds every URL the tool writes to these two refs.
 */
export const RELEASE_TAG = `v${VERSION}`;

/** A file of this repository at the release's tag: `blob` shows it on GitHub, `raw` serves its bytes. */
export function repositoryFileUrl(view: 'blob' | 'raw', file: string, ref: string = RELEASE_TAG): string {
  return `${REPOSITORY_URL}/${view}/${ref}/${file}`;
}

/** The README of this version, rendered under the files of its tag. */
export const DOCS_URL = `${REPOSITORY_URL}/tree/${RELEASE_TAG}#readme`;

/** The config's JSON Schema, as scripts/generate.ts writes it. */
export const SCHEMA_FILE = 'schema/content-lint.schema.json';

/** A rule's documentation; for a hosted remark-lint rule (`remark-lint:<name>`), its package readme. */
export function ruleDocsUrl(ruleId: string): string {
  const hosted = /^remark-lint:([\w-]+)$/.exec(ruleId);
  if (hosted) return `https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-${hosted[1]}#readme`;
  return repositoryFileUrl('blob', `docs/rules/${ruleId}.md`);
}

/** Format version of the JSON report: bumped when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;
