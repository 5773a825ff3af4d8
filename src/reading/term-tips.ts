/** The term tooltips' keyboard and top-layer extras (see Linked.astro). */

/**
 * Tooltips already show by CSS on hover and focus. Here: Escape hides the one showing, and
 * where the Popover API exists the tip goes to the top layer, so no overflow clips it.
 */
export function enhanceTermTips(): void {
  const refs = document.querySelectorAll<HTMLElement>('.term-ref');
  if (refs.length === 0) return;
  const popover = 'showPopover' in HTMLElement.prototype;
  for (const ref of refs) {
    const tip = ref.querySelector<HTMLElement>('.term-tip');
    const link = ref.querySelector<HTMLElement>('.term');
    if (!tip || !link) continue;
    if (popover) tip.popover = 'manual';
    const open = () => {
      ref.classList.remove('tip-off');
      if (!popover || tip.matches(':popover-open')) return;
      tip.showPopover();
      const r = link.getBoundingClientRect();
      const width = tip.offsetWidth;
      tip.style.left = `${Math.max(8, Math.min(r.left, innerWidth - width - 8))}px`;
      tip.style.top = `${r.bottom + 6}px`;
    };
    const close = () => {
      if (popover && tip.matches(':popover-open')) tip.hidePopover();
    };
    ref.addEventListener('mouseenter', open);
    ref.addEventListener('mouseleave', () => {
      if (document.activeElement !== link) close();
      ref.classList.remove('tip-off');
    });
    link.addEventListener('focus', () => {
      if (link.matches(':focus-visible')) open();
    });
    link.addEventListener('blur', () => {
      close();
      ref.classList.remove('tip-off');
    });
  }
  // Escape hides the tip under the pointer or at the focus until either leaves.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const ref of refs) {
      if (!ref.matches(':hover') && !ref.contains(document.activeElement)) continue;
      ref.classList.add('tip-off');
      const tip = ref.querySelector<HTMLElement>('.term-tip');
      if (popover && tip?.matches(':popover-open')) tip.hidePopover();
    }
  });
  // A tip in the top layer does not follow its term when the page scrolls.
  addEventListener(
    'scroll',
    () => {
      for (const tip of document.querySelectorAll<HTMLElement>('.term-tip:popover-open'))
        tip.hidePopover();
    },
    { passive: true },
  );
}
