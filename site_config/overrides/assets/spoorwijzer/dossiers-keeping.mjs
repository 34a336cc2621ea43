// Keeping the list of "Meerdere dossiers" on this device (methods of the page, dossiers.js):
// only when the visitor asks for it, with the revision of dossiers-store.mjs (a page never
// saves over a list it did not load; a wipe holds), following other tabs, and never
// overwriting what could not be read.

import { listData, listItems } from "./dossiers-list.mjs";
import { Conflict, keep, loadKept, revisionOf, wipe } from "./dossiers-store.mjs";

export const Keeping = {
  /** A list kept on this device comes back on every visit; `data-restored` on the root says
   *  how many cases came back ("0": nothing was kept) once that is known. Items that cannot be
   *  read are reported and kept aside; a kept value that is no list at all is never
   *  overwritten. */
  async restore({ announce = null } = {}) {
    const kept = await loadKept();
    const { items, bad, ok } = kept === null ? { items: [], bad: [], ok: true } : listItems(kept);
    this.revision = revisionOf(kept);
    if (this.revision !== null) this.root.dataset.revision = String(this.revision);
    this.unreadable = bad.map((item) => item.raw);
    this.blocked = kept !== null && !ok;
    this.kept = kept !== null && ok;
    this.showKept();
    if (this.blocked) {
      this.setStatus(this.t.unreadableList);
      this.root.dataset.restored = "0";
      return;
    }
    if (kept === null) {
      this.root.dataset.restored = "0";
      return;
    }
    await this.busy(async () => {
      const entries = items.map((item) => this.newEntry(item.label, item.case, item.number));
      if (!(await this.compute(entries))) return;
      this.entries = entries;
      this.overview.render(this.entries, { today: this.resultsToday });
      this.setStatus(announce ? announce(entries.length) : this.t.restored(entries.length));
      if (bad.length) this.report.show(bad.map(({ row, column }) => ({ row, column, message: this.t.jsonItemBad })), "kept");
    });
    this.root.dataset.restored = String(this.entries.length);
  },

  async keepHere() {
    if (this.blocked) {
      this.setStatus(this.t.unreadableList);
      return;
    }
    try {
      this.revision = await keep(listData(this.entries, this.unreadable), this.kept ? this.revision : null);
      this.root.dataset.revision = String(this.revision);
      this.kept = true;
      this.showKept();
      this.setStatus(this.t.storedNow);
    } catch (error) {
      this.setStatus(error instanceof Conflict ? this.t.conflict : this.t.storeFailed);
    }
  },

  /** After a change: the kept copy follows, once the visitor has asked to keep the list, and
   *  only over the list this page loaded (another tab's save or wipe is never undone). */
  persist() {
    if (!this.kept || this.blocked) return;
    keep(listData(this.entries, this.unreadable), this.revision).then(
      (revision) => {
        this.revision = revision;
        this.root.dataset.revision = String(revision); // for tools and tests: the save landed
      },
      (error) => this.setStatus(error instanceof Conflict ? this.t.conflict : this.t.storeFailed),
    );
  },

  /** Another tab kept or cleared the list: this page follows, if it keeps the list too. */
  onOtherTab(message) {
    if (!this.kept || this.root.dataset.busy) return;
    if (message.type === "wiped") {
      this.clearPage();
      this.setStatus(this.t.otherTabWiped);
    } else if (message.type === "changed" && message.revision !== this.revision) {
      this.restore({ announce: (n) => this.t.otherTabChanged(n) });
    }
  },

  showKept() {
    this.storeState.textContent = this.kept ? this.t.stored : this.t.storeIntro;
    this.storeState.dataset.kept = String(this.kept);
  },

  askWipe() {
    this.wipeConfirm.hidden = false;
    this.wipeQuestion.focus();
  },

  cancelWipe() {
    this.wipeConfirm.hidden = true;
    this.wipeButton.focus();
  },

  clearPage() {
    this.kept = false;
    this.blocked = false;
    this.revision = null;
    this.unreadable = [];
    this.entries = [];
    this.overview.open.clear();
    this.resetForm();
    this.report.clear();
    this.wipeConfirm.hidden = true;
    this.showKept();
    this.overview.render(this.entries);
  },

  async wipeAll() {
    try {
      await wipe();
    } catch {
      // nothing was kept, or the browser refuses: the page is cleared all the same
    }
    this.clearPage();
    this.setStatus(this.t.wiped);
    this.storeHeading.focus();
  },
};
