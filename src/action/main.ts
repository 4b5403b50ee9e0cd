/**
 * The GitHub Action: inputs → lint → annotations, summary and outputs. The only module that
 * imports @actions/*; the lint itself is the same engine the CLI runs.
 */
import * as core from '@actions/core';
import { fixPaths } from '../engine/fix.js';
import { lintPaths } from '../engine/lint.js';
import type { Finding, LintResult } from '../engine/types.js';
import { TOOL_NAME } from '../version.js';

const FAIL_ON = ['error', 'warning', 'never'] as const;

export async function run(): Promise<void> {
  try {
    const failOn = core.getInput('fail-on') || 'error';
    if (!FAIL_ON.includes(failOn as (typeof FAIL_ON)[number])) {
      core.setFailed(`Unexpected fail-on \`${failOn}\`, expected one of ${FAIL_ON.join(', ')}`);
      return;
    }
    const patterns = core
      .getInput('paths')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const configFile = core.getInput('config') || undefined;
    const checkUrls = /^true$/i.test(core.getInput('check-urls'));
    const options = {
      cwd: process.cwd(),
      patterns,
      configFile,
      // Keep the cache between runs with actions/cache (see the README).
      ...(checkUrls ? { network: { cacheFile: core.getInput('url-cache') || '.content-lint-cache/urls.json' } } : {}),
    };
    let result: LintResult;
    if (/^true$/i.test(core.getInput('fix'))) {
      // Fixes are written to the workspace; a later step may commit them or upload a patch.
      const outcome = await fixPaths(options, false);
      core.info(`${TOOL_NAME}: fixed ${outcome.fixedProblems} problems in ${outcome.fixedFiles} files`);
      result = outcome.result;
    } else {
      result = (await lintPaths(options)).result;
    }

    for (const file of result.files) {
      for (const finding of file.findings) annotate(finding);
    }
    core.setOutput('errors', result.errorCount);
    core.setOutput('warnings', result.warningCount);
    core.setOutput('files', result.files.length);
    await core.summary
      .addHeading(`${TOOL_NAME}: ${result.errorCount} errors, ${result.warningCount} warnings in ${result.files.length} files`, 2)
      .write();

    if ((failOn !== 'never' && result.errorCount > 0) || (failOn === 'warning' && result.warningCount > 0)) {
      core.setFailed(`${TOOL_NAME} found ${result.errorCount} errors and ${result.warningCount} warnings`);
    }
  } catch (error) {
    core.setFailed((error as Error).message);
  }
}

/** `core.error` and `core.warning` escape the message and properties, so post text cannot inject commands. */
function annotate(finding: Finding): void {
  const properties: core.AnnotationProperties = {
    title: `${TOOL_NAME}: ${finding.ruleId}`,
    file: finding.file,
    startLine: finding.line,
    endLine: finding.endLine,
    startColumn: finding.column,
    ...(finding.endLine === finding.line ? { endColumn: finding.endColumn } : {}),
  };
  if (finding.severity === 'error') core.error(finding.message, properties);
  else core.warning(finding.message, properties);
}
