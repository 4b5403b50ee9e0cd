module.exports = {
  title: 'Frontend Tips',
  tagline: 'Small, practical notes about CSS, JavaScript and the web platform',
  url: 'https://frontend-tips.dev',
  baseUrl: '/',
  favicon: 'img/favicon.ico',
  presets: [
    ['classic', { docs: false, blog: { routeBasePath: '/' } }],
  ],
  customFields: {
    adsenseClient: 'ca-pub-6093318840217745',
  },
};
