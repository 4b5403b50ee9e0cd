import { describe, expect, it } from 'vitest';
import { ProjectPaths } from '../src/engine/project-paths.js';

describe('ProjectPaths', () => {
  it('knows nothing before the first file', () => {
    const paths = new ProjectPaths();
    expect(paths.get('a.md')).toBeUndefined();
    expect(paths.starts()).toBeNull();
  });

  it('works out every file of a run from above the config folder from the first', () => {
    const paths = new ProjectPaths();
    paths.set('site/source/_posts/a.md', 'source/_posts/a.md');
    paths.set('site/source/_posts/b.md', 'source/_posts/b.md');
    expect(paths.get('site/source/_posts/b.md')).toBe('source/_posts/b.md');
    expect(paths.get('site/source/about.md')).toBe('source/about.md');
    expect(paths.starts()).toEqual(['site/', '']);
  });

  it('works out files of a run from below the config folder', () => {
    const paths = new ProjectPaths();
    paths.set('a.md', 'source/_posts/a.md');
    expect(paths.get('b/c.md')).toBe('source/_posts/b/c.md');
    expect(paths.starts()).toEqual(['', 'source/_posts/']);
  });

  it('compares whole folder names, not letters', () => {
    const paths = new ProjectPaths();
    // `xposts/a.md` and `posts/a.md` end alike in letters, not in folders: the whole paths differ.
    paths.set('xposts/a.md', 'posts/a.md');
    expect(paths.get('xposts/a.md')).toBe('posts/a.md');
    paths.set('other/b.md', 'other/b.md');
    expect(paths.get('other/b.md')).toBe('other/b.md');
  });

  it('keeps by name the files the run’s relation does not fit (a folder outside the config’s)', () => {
    const paths = new ProjectPaths();
    paths.set('site/a.md', 'a.md');
    paths.set('elsewhere/b.md', 'b.md');
    paths.set('site/c.md', 'c.md');
    expect(paths.get('elsewhere/b.md')).toBe('b.md');
    expect(paths.get('site/c.md')).toBe('c.md');
    expect(paths.starts()).toEqual(['site/', '']);
  });
});
