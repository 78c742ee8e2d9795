// Admin in Vietnamese first (locales/vi.json, every label of the shipped en.json); a browser set to
// English still gets English.
export default {
  // the logged-in official's name in the header and the user lists' columns, family name first
  customScripts: ['../welcome/scripts/header-name-vi', 'scripts/user-columns-vi'],
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  }
};
