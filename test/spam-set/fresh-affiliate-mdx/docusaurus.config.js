// @ts-check

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'DevGear Notes',
  tagline: 'Desk setups, books and tools for programmers',
  url: 'https://devgear-notes.dev',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  favicon: 'img/favicon.ico',
  presets: [
    [
      'classic',
      {
        docs: false,
        blog: { routeBasePath: '/', showReadingTime: true },
        theme: { customCss: require.resolve('./src/css/custom.css') },
      },
    ],
  ],
};

module.exports = config;
