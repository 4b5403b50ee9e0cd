// Types of scripts/changelog-section.mjs, for its tests (the script itself stays plain JavaScript:
// the release job runs it with Node alone).
export function versionOf(tagOrVersion: string): string;
export function changelogSection(text: string, tagOrVersion: string): string | null;
export function absoluteLinks(markdown: string, base: string): string;
