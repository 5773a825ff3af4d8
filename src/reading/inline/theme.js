(() => {
  const root = document.documentElement;
  const key = 'rolebook-theme';
  root.classList.add('js');
  try {
    const t = localStorage.getItem(key);
    if (t === 'light' || t === 'dark') root.dataset.theme = t;
  } catch {}
  const dark = () =>
    (root.dataset.theme || (matchMedia('(prefers-color-scheme:dark)').matches ? 'dark' : '')) ===
    'dark';
  const $ = (s) => document.querySelector(s);
  const menu = (open) => {
    $('[data-menu-toggle]').ariaExpanded = open;
    $('#site-nav').toggleAttribute('data-open', open);
  };
  addEventListener('DOMContentLoaded', () => ($('[data-theme-toggle]').ariaPressed = dark()));
  addEventListener('click', (e) => {
    if (e.target.closest('[data-menu-toggle]'))
      menu($('[data-menu-toggle]').ariaExpanded !== 'true');
    if (!e.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = dark() ? 'light' : 'dark';
    $('[data-theme-toggle]').ariaPressed = dark();
    try {
      localStorage.setItem(key, root.dataset.theme);
    } catch {}
  });
  addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || $('[data-menu-toggle]').ariaExpanded !== 'true') return;
    menu(false);
    $('[data-menu-toggle]').focus();
  });
})();
