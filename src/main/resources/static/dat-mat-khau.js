// The set-password page of an invited official: the one-time token is in the link's fragment
// (#...), which browsers never send to a server or in a Referer; it is posted with the password.
(function () {
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  const form = document.getElementById('form');
  const answer = document.getElementById('answer');
  if (!token) {
    answer.textContent = 'Liên kết thiếu mã đặt mật khẩu. Hãy mở đúng liên kết trong thư mời.';
    answer.className = 'refused';
    form.hidden = true;
    return;
  }
  history.replaceState(null, '', location.pathname); // the token leaves the address bar and the history
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { token, password: form.password.value, passwordAgain: form.passwordAgain.value };
    const res = await fetch('api/invitations/password', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({ message: 'Máy chủ không trả lời được. Đề nghị thử lại sau.' }));
    answer.textContent = json.message;
    answer.className = res.ok ? 'done' : 'refused';
    if (res.ok) {
      form.hidden = true;
      document.getElementById('next').hidden = false;
    }
  });
})();
