// No page floods the library: auto-save keeps to a pace per tab and per site; past it a page is only
// detected and the popup asks (issue #9, §3).
import { describe, expect, it } from 'vitest';
import { AUTO_SAVE_PACE, forgetTabPace, mayAutoSave, siteOf } from '../../src/background/auto-save-pace';

describe('auto-save pace', () => {
  it('counts sites as repositories on GitHub and hosts elsewhere', () => {
    expect(siteOf('https://github.com/a/news/blob/master/x.md')).toBe('a/news');
    expect(siteOf('https://raw.githubusercontent.com/a/news/master/x.md')).toBe('a/news');
    expect(siteOf('https://someone.github.io/news/x.html')).toBe('someone/news');
    expect(siteOf('https://mirror.example.org/news/x.html')).toBe('mirror.example.org');
  });

  it('stops a tab that saves faster than a reader reads, and lets it go on after the window', () => {
    const start = 1_000_000;
    const tab = 71;
    const allowed = Array.from({ length: 25 }, (_, i) => mayAutoSave(tab, `https://someone.github.io/p/${i}.html`, start + i)).filter(Boolean).length;
    expect(allowed).toBe(AUTO_SAVE_PACE.perTab.saves);
    expect(mayAutoSave(tab, 'https://someone.github.io/p/late.html', start + AUTO_SAVE_PACE.perTab.windowMs + 100)).toBe(true);
  });

  it('stops one site across tabs', () => {
    const start = 5_000_000;
    let allowed = 0;
    for (let tab = 100; tab < 100 + 20; tab++) {
      for (let i = 0; i < 5; i++) if (mayAutoSave(tab, `https://flood.github.io/p/${tab}-${i}.html`, start + tab * 10 + i)) allowed++;
    }
    expect(allowed).toBe(AUTO_SAVE_PACE.perSite.saves);
    expect(mayAutoSave(200, 'https://github.com/other/repo/blob/master/a.md', start + 5000)).toBe(true);
    forgetTabPace(200);
  });
});

