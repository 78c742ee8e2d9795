// The welcome page in Vietnamese first (locales/vi.json, every label of the shipped en.json);
// a browser set to English still gets English.
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  }
};
