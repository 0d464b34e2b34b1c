/// <reference lib="dom" />
/**
 * Clicks between the findings list and the text. Self-contained on purpose
 * (no imports, no outside names): the saved report embeds this function's
 * source, so the report a drafter mails on behaves like the page.
 */
export function installViewer(root: Document): void {
  const all = (sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
  const flash = (el: Element) => {
    el.classList.remove('flash');
    void (el as HTMLElement).offsetWidth;
    el.classList.add('flash');
  };
  const select = (id: string) => {
    all('.sel, .rel-on, .finding.active').forEach((e) => e.classList.remove('sel', 'rel-on', 'active'));
    all(`mark.hl[data-f~="${id}"]`).forEach((e) => e.classList.add('sel'));
    all(`.rel[data-r~="${id}"]`).forEach((e) => e.classList.add('rel-on'));
    const item = root.querySelector<HTMLElement>(`li.finding[data-f="${id}"]`);
    if (item) item.classList.add('active');
    return item;
  };
  const show = (el: Element | null) => {
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(el);
  };
  const showFinding = (id: string) => {
    select(id);
    show(root.querySelector(`mark.hl[data-f~="${id}"]`));
  };
  root.addEventListener('click', (ev) => {
    const t = ev.target as Element | null;
    if (!t || !t.closest) return;
    const rel = t.closest<HTMLElement>('a.goto-rel');
    if (rel) {
      ev.preventDefault();
      const id = rel.dataset.f!;
      select(id);
      show(root.querySelector(`.rel[data-rk~="${id}:${rel.dataset.rel}"]`));
      return;
    }
    const doc = t.closest<HTMLAnchorElement>('a.goto-doc');
    if (doc) {
      ev.preventDefault();
      show(root.getElementById(doc.getAttribute('href')!.slice(1)));
      return;
    }
    // Controls inside a finding (the ignore button and its form) are not a click on the finding.
    if (t.closest('button, input, textarea, form, details')) return;
    const item = t.closest<HTMLElement>('li.finding');
    if (item) {
      showFinding(item.dataset.f!);
      return;
    }
    const hl = t.closest<HTMLElement>('mark.hl');
    if (hl) {
      const li = select(hl.dataset.f!.split(' ')[0]);
      if (li) {
        li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        flash(li);
      }
    }
  });
  root.addEventListener('keydown', (ev) => {
    const t = ev.target as HTMLElement | null;
    if (!t || (ev.key !== 'Enter' && ev.key !== ' ')) return;
    if (t.matches('li.finding, mark.hl') && ev.target === t) {
      ev.preventDefault();
      t.click();
    }
  });
}
