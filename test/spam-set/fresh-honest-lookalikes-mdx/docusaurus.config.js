module.exports = {
  title: 'Quiet Pixel Engineering',
  url: 'https://engineering.quietpixel.io',
  baseUrl: '/',
  favicon: 'img/favicon.ico',
  presets: [['classic', { docs: false, blog: { routeBasePath: '/blog', showReadingTime: true } }]],
};
