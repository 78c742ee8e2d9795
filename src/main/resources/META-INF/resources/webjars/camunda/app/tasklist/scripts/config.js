// Tasklist for the officials of the movement: in Vietnamese first (locales/vi.json, every label of
// the shipped en.json), a browser set to English still gets English. scripts/forms-vi.js turns a
// server's refusal into the Vietnamese sentence alone and marks the field it names, and puts
// form-js's own words in Vietnamese; scripts/names-vi.js writes names family name first;
// scripts/so-mo-hinh.js links the register from the header and tells a commune its new model's code.
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  customScripts: ['scripts/forms-vi', 'scripts/names-vi', 'scripts/so-mo-hinh'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
