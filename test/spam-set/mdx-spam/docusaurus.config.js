// @ts-check
// A stub: content-lint reads this file as data, never runs it.

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Quiver Docs',
  tagline: 'A small state machine library for the browser',
  url: 'https://quiver.example.io',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  favicon: 'img/favicon.ico',
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.js' },
        blog: { showReadingTime: true },
      },
    ],
  ],
};

module.exports = config;
