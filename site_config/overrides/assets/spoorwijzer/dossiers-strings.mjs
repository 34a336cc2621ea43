// The words of the page "Meerdere dossiers", Dutch and English. Every date, title, status
// and message about a case comes from Python (the boundary's batch answer); these are the
// words around them: headings, buttons, the table's columns, the status messages. The form's
// own words (day, month, year, the periods widget) are the calculator's (strings.mjs).

const NL = {
  loading: "De rekenhulp wordt geladen…",
  ready: "De rekenhulp is klaar. Voeg een dossier toe of lees een bestand in.",
  waiting: "Even geduld: de rekenhulp wordt nog geladen. Daarna gaat het vanzelf verder.",
  slow: "Het laden duurt lang. U kunt blijven wachten, of de tijdlijn zonder rekenhulp gebruiken:",
  failed: "De rekenhulp kan in deze browser niet starten. De termijnen staan ook op de pagina",
  failedBoot: "De rekenhulp kon niet starten. Laad de pagina opnieuw, of probeer het later nog eens. De termijnen staan ook op de pagina",

  addHeading: "Dossier toevoegen",
  editHeading: (label) => `“${label}” wijzigen`,
  addIntro:
    "Vul dezelfde gegevens in als in de rekenhulp. Alleen de eerste ziektedag is nodig. " +
    "Geef het dossier een naam die u herkent, bijvoorbeeld een dossiernummer.",
  defaultLabel: (n) => `Dossier ${n}`,
  addSubmit: "Voeg het dossier toe",
  editSubmit: "Sla de wijziging op",
  cancelEdit: "Annuleer het wijzigen",
  added: (label) => `“${label}” is toegevoegd.`,
  changed: (label) => `“${label}” is gewijzigd.`,
  removed: (label) => `“${label}” is verwijderd.`,
  editing: (label) => `“${label}” staat in het formulier. Wijzig het en sla het op.`,

  numberLabel: "Personeelsnummer",
  numberHint: "Niet verplicht. Met het nummer herkent de pagina het dossier als u later een nieuw bestand inleest.",

  importHeading: "Een bestand inlezen (CSV of Excel)",
  importIntro:
    "Een bestand met één rij per dossier, bijvoorbeeld uit Excel of uit uw HR-systeem. Begin met " +
    "het sjabloon: daar staan alle kolommen al in. Leest u later een nieuw bestand in, dan werkt " +
    "de pagina de dossiers bij die er al staan.",
  templateLink: "Download het sjabloon (CSV)",
  columnsLink: "Welke kolommen kunt u gebruiken?",
  fileLabel: "CSV- of Excel-bestand",
  fileHint:
    "Een .csv-bestand (kolommen gescheiden door een puntkomma, komma of tab) of een .xlsx-bestand. " +
    "Datums als dd-mm-jjjj of jjjj-mm-dd.",
  importButton: "Lees het bestand in",
  noFile: "Kies eerst een bestand",
  reading: "Het bestand wordt gelezen…",
  computing: (done, total) => `Dossiers berekenen: ${done} van ${total}`,
  progressLabel: "Voortgang",
  imported: (n) => (n === 1 ? "1 dossier ingelezen." : `${n} dossiers ingelezen.`),
  notRead: (n) => (n === 1 ? "1 rij kon niet worden gelezen." : `${n} rijen konden niet worden gelezen.`),
  readAs: (encoding) =>
    `Het bestand is gelezen als ${encoding}, zoals Excel een CSV-bestand opslaat. Kloppen de namen met ë of é niet? ` +
    "Sla het bestand dan op als CSV UTF-8.",
  mergeHeading: "Dit bestand werkt uw lijst bij",
  mergeSummary: (updated, added, missing) =>
    `${updated} ${updated === 1 ? "dossier" : "dossiers"} bijgewerkt, ${added} nieuw, ` +
    `${missing} niet meer in het bestand.`,
  mergeKeep:
    "Bij een dossier dat al in de lijst staat, blijven de datums staan die u hier hebt ingevuld en die het " +
    "bestand leeg laat.",
  mergeUpdate: (missing) =>
    missing ? `Werk bij en voeg toe (${missing} blijven staan)` : "Werk bij en voeg toe",
  mergeReplace: (missing) => `Vervang de lijst (${missing} verwijderen)`,
  mergeCancel: "Niets doen",
  mergeCancelled: "Het bestand is niet ingelezen. De lijst is niet veranderd.",
  merged: (updated, added, removed) =>
    `${updated} bijgewerkt, ${added} nieuw` + (removed ? `, ${removed} verwijderd.` : "."),
  reportHeading: (n) => (n === 1 ? "1 rij kon niet worden gelezen" : `${n} rijen konden niet worden gelezen`),
  fileProblem: "Er is een probleem met het bestand",
  reportIntro:
    "De andere rijen zijn ingelezen. Verbeter deze rijen in uw bestand en lees het hele bestand " +
    "opnieuw in: dossiers die er al staan, worden bijgewerkt, niet verdubbeld.",
  reportCaption: "Rijen die niet konden worden gelezen",
  reportRow: "Rij",
  reportName: "Naam",
  reportValue: "Waarde",
  reportColumn: "Kolom",
  reportReason: "Reden",
  wholeFile: "Het hele bestand",
  noColumn: "—",
  listHeading: (n) => (n === 1 ? "1 dossier kon niet worden gelezen" : `${n} dossiers konden niet worden gelezen`),
  listRow: "Nummer",

  overviewHeading: "Overzicht",
  asOf: "Stand op ",
  empty: "Er staan nog geen dossiers in de lijst. Voeg er een toe of lees een bestand in.",
  caption: (shown, total, drawn = shown) =>
    `Dossiers: ${shown} van ${total}` + (drawn < shown ? `, de eerste ${drawn} staan hieronder` : ""),
  showMore: (n, rest) => `Toon nog ${n} dossiers (${rest} niet getoond)`,
  drawn: (drawn, shown) => `${drawn} van ${shown} dossiers getoond.`,
  countsLabel: "Toon alleen",
  count: {
    all: (n) => `Alle ${n}`,
    overdue: (n) => `${n} te laat`,
    soon: (n, days) => `${n} binnen ${days} dagen`,
    on_track: (n) => `${n} op schema`,
    closed: (n) => `${n} zonder open termijn`,
    error: (n) => `${n} niet te berekenen`,
  },
  overdueCount: (n) => `${n} niet ingevuld`,
  lateCount: (n) => `${n} te laat gedaan`,
  openInCalculator: "Open in de rekenhulp",
  nothingOpen: "Geen open termijn en niets te laat.",
  roleLabel: "Termijnen voor",
  roleAll: "Iedereen",
  colName: "Naam",
  colStatus: "Ziekteweek en status",
  colNext: "Volgende termijn",
  colAttention: "Aandacht",
  sortHint: "sorteer",
  sorted: (column, ascending) => `Gesorteerd op ${column.toLowerCase()}, ${ascending ? "oplopend" : "aflopend"}.`,
  opensCalculator: " (opent de rekenhulp in een nieuw tabblad)",
  noNext: "Geen open termijn",
  nothingLate: "—",
  cannotCalculate: "Kan niet worden berekend: ",
  edit: "Wijzig",
  remove: "Verwijder",
  lateDays: (n) => (n === 1 ? "1 dag te laat" : `${n} dagen te laat`),
  status: {
    done: "Gedaan",
    late: "Te laat gedaan",
    overdue: "Niet als gedaan ingevuld",
    passed: "Voorbij",
    today: "Vandaag",
    soon: "Binnenkort",
    later: "Later",
    closed: "Afgesloten",
  },
  filtered: (shown, total) => `${shown} van ${total} dossiers zichtbaar.`,

  exportHeading: "Exporteren en bewaren",
  exportIntro: "De bestanden maakt uw browser zelf. Ze gaan niet via internet.",
  ics: "Zet alle termijnen in uw agenda (.ics)",
  csv: "Download alle termijnen (CSV)",
  xlsx: "Download het overzicht (Excel)",
  exportPart: (done, total) => `Bestand maken: ${done} van ${total} dossiers`,
  needsConnection:
    "Voor Excel-bestanden laadt de pagina eenmalig een extra onderdeel. Dat lukt nu niet: is er internet? Probeer het opnieuw.",
  print: "Druk het overzicht af",
  json: "Bewaar de lijst als bestand (JSON)",
  jsonLabel: "Een lijst inlezen (JSON)",
  jsonHint: "Een bestand dat u eerder met deze pagina hebt bewaard, bijvoorbeeld op een ander apparaat.",
  jsonButton: "Lees de lijst in",
  jsonBad: "Dit bestand is geen lijst van Spoorwijzer. Kies een bestand dat u met deze pagina hebt bewaard.",
  jsonItemBad: "Dit dossier kan niet worden gelezen: het heeft geen gegevens die de rekenhulp kent.",
  doneSaved: (label) => `Opgeslagen bij “${label}”.`,
  doneCleared: (label) => `De datum is gewist bij “${label}”.`,
  downloaded: (name) => `Bestand ${name} gedownload.`,
  nothingToExport: "Er staan nog geen dossiers in de lijst.",
  storeHeading: "Op dit apparaat bewaren",
  storeIntro:
    "Zonder deze knop bewaart de pagina niets: laadt u de pagina opnieuw, dan is de lijst weg. " +
    "Bewaart u de lijst, dan staat die in deze browser op dit apparaat, tot u op Wis alles klikt.",
  store: "Bewaar op dit apparaat",
  stored: "De lijst staat op dit apparaat. Wijzigingen worden ook bewaard, tot u op Wis alles klikt.",
  storedNow: "De lijst is op dit apparaat bewaard.",
  restored: (n) => (n === 1 ? "1 bewaard dossier geladen." : `${n} bewaarde dossiers geladen.`),
  storeFailed: "Bewaren lukt niet in deze browser (bijvoorbeeld in een privévenster). De lijst staat nog op de pagina.",
  wipe: "Wis alles",
  wipeQuestion: "Weet u het zeker? Dit haalt alle dossiers van deze pagina en van dit apparaat.",
  wipeYes: "Ja, wis alles",
  wipeNo: "Nee, ga terug",
  wiped: "Alles is gewist, op de pagina en op dit apparaat.",
  otherTabChanged: (n) =>
    `De lijst is in een ander tabblad gewijzigd. Deze pagina toont nu die lijst (${n} dossiers).`,
  otherTabWiped: "De lijst is in een ander tabblad gewist. Op deze pagina is hij ook weg.",
  conflict:
    "Niet bewaard: de lijst op dit apparaat is intussen in een ander tabblad gewijzigd of gewist. " +
    "Laad de pagina opnieuw om die lijst te zien.",
  unreadableKept: (n) =>
    n === 1
      ? "1 bewaard dossier kon niet worden gelezen. Het blijft bewaard, maar staat niet in het overzicht."
      : `${n} bewaarde dossiers konden niet worden gelezen. Ze blijven bewaard, maar staan niet in het overzicht.`,
  unreadableList:
    "De bewaarde lijst op dit apparaat kan niet worden gelezen. Er wordt niets overschreven. Wis alles om " +
    "opnieuw te beginnen.",
  keptHeading: (n) => (n === 1 ? "1 bewaard dossier kon niet worden gelezen" : `${n} bewaarde dossiers konden niet worden gelezen`),
  printedOn: "Overzicht van Spoorwijzer, Meerdere dossiers",
};

const EN = {
  loading: "Loading the calculator…",
  ready: "The calculator is ready. Add a case or read a file.",
  waiting: "Please wait: the calculator is still loading. It will carry on by itself.",
  slow: "Loading takes long. You can keep waiting, or use the timeline without the calculator:",
  failed: "The calculator cannot start in this browser. The deadlines are also on the page",
  failedBoot: "The calculator could not start. Reload the page, or try again later. The deadlines are also on the page",

  addHeading: "Add a case",
  editHeading: (label) => `Change “${label}”`,
  addIntro:
    "Enter the same details as in the calculator. Only the first sick day is needed. Give the " +
    "case a name you recognise, for example a file number.",
  defaultLabel: (n) => `Case ${n}`,
  addSubmit: "Add the case",
  editSubmit: "Save the change",
  cancelEdit: "Cancel the change",
  added: (label) => `“${label}” has been added.`,
  changed: (label) => `“${label}” has been changed.`,
  removed: (label) => `“${label}” has been removed.`,
  editing: (label) => `“${label}” is in the form. Change it and save it.`,

  numberLabel: "Employee number",
  numberHint: "Optional. With the number the page recognises the case when you read a new file later.",

  importHeading: "Read a file (CSV or Excel)",
  importIntro:
    "A file with one row per case, for example from Excel or your HR system. Start from the " +
    "template: it has every column already. When you read a new file later, the page updates " +
    "the cases it already has.",
  templateLink: "Download the template (CSV)",
  columnsLink: "Which columns can you use?",
  fileLabel: "CSV or Excel file",
  fileHint:
    "A .csv file (columns separated by a semicolon, comma or tab) or an .xlsx file. Dates as " +
    "dd-mm-yyyy or yyyy-mm-dd.",
  importButton: "Read the file",
  noFile: "Choose a file first",
  reading: "Reading the file…",
  computing: (done, total) => `Calculating cases: ${done} of ${total}`,
  progressLabel: "Progress",
  imported: (n) => (n === 1 ? "1 case read." : `${n} cases read.`),
  notRead: (n) => (n === 1 ? "1 row could not be read." : `${n} rows could not be read.`),
  readAs: (encoding) =>
    `The file was read as ${encoding}, the way Excel saves a CSV file. Do names with ë or é look wrong? ` +
    "Then save the file as CSV UTF-8.",
  mergeHeading: "This file updates your list",
  mergeSummary: (updated, added, missing) =>
    `${updated} ${updated === 1 ? "case" : "cases"} updated, ${added} new, ${missing} no longer in the file.`,
  mergeKeep:
    "For a case already in the list, the dates you entered here and the file leaves empty are kept.",
  mergeUpdate: (missing) => (missing ? `Update and add (${missing} stay)` : "Update and add"),
  mergeReplace: (missing) => `Replace the list (remove ${missing})`,
  mergeCancel: "Do nothing",
  mergeCancelled: "The file has not been read. The list has not changed.",
  merged: (updated, added, removed) =>
    `${updated} updated, ${added} new` + (removed ? `, ${removed} removed.` : "."),
  reportHeading: (n) => (n === 1 ? "1 row could not be read" : `${n} rows could not be read`),
  fileProblem: "There is a problem with the file",
  reportIntro:
    "The other rows have been read. Correct these rows in your file and read the whole file " +
    "again: cases already in the list are updated, not doubled.",
  reportCaption: "Rows that could not be read",
  reportRow: "Row",
  reportName: "Name",
  reportValue: "Value",
  reportColumn: "Column",
  reportReason: "Reason",
  wholeFile: "The whole file",
  noColumn: "—",
  listHeading: (n) => (n === 1 ? "1 case could not be read" : `${n} cases could not be read`),
  listRow: "Number",

  overviewHeading: "Overview",
  asOf: "As of ",
  empty: "There are no cases in the list yet. Add one or read a file.",
  caption: (shown, total, drawn = shown) =>
    `Cases: ${shown} of ${total}` + (drawn < shown ? `, the first ${drawn} below` : ""),
  showMore: (n, rest) => `Show ${n} more cases (${rest} not shown)`,
  drawn: (drawn, shown) => `${drawn} of ${shown} cases shown.`,
  countsLabel: "Show only",
  count: {
    all: (n) => `All ${n}`,
    overdue: (n) => `${n} late`,
    soon: (n, days) => `${n} within ${days} days`,
    on_track: (n) => `${n} on schedule`,
    closed: (n) => `${n} with nothing open`,
    error: (n) => `${n} cannot be calculated`,
  },
  overdueCount: (n) => `${n} not marked as done`,
  lateCount: (n) => `${n} done late`,
  openInCalculator: "Open in the calculator",
  nothingOpen: "No open deadline and nothing late.",
  roleLabel: "Deadlines for",
  roleAll: "Everyone",
  colName: "Name",
  colStatus: "Week of illness and status",
  colNext: "Next deadline",
  colAttention: "Attention",
  sortHint: "sort",
  sorted: (column, ascending) => `Sorted by ${column.toLowerCase()}, ${ascending ? "ascending" : "descending"}.`,
  opensCalculator: " (opens the calculator in a new tab)",
  noNext: "No open deadline",
  nothingLate: "—",
  cannotCalculate: "Cannot be calculated: ",
  edit: "Change",
  remove: "Remove",
  lateDays: (n) => (n === 1 ? "1 day late" : `${n} days late`),
  status: {
    done: "Done",
    late: "Done late",
    overdue: "Not marked as done",
    passed: "Passed",
    today: "Today",
    soon: "Soon",
    later: "Later",
    closed: "Closed",
  },
  filtered: (shown, total) => `${shown} of ${total} cases shown.`,

  exportHeading: "Export and keep",
  exportIntro: "Your browser makes these files itself. They do not travel over the internet.",
  ics: "Add every deadline to your calendar (.ics)",
  csv: "Download every deadline (CSV)",
  xlsx: "Download the overview (Excel)",
  exportPart: (done, total) => `Making the file: ${done} of ${total} cases`,
  needsConnection:
    "For Excel files the page loads an extra part once. That fails now: are you online? Try again.",
  print: "Print the overview",
  json: "Save the list as a file (JSON)",
  jsonLabel: "Read a list (JSON)",
  jsonHint: "A file you saved earlier with this page, for example on another device.",
  jsonButton: "Read the list",
  jsonBad: "This file is not a Spoorwijzer list. Choose a file you saved with this page.",
  jsonItemBad: "This case cannot be read: it holds no details the calculator knows.",
  doneSaved: (label) => `Saved for “${label}”.`,
  doneCleared: (label) => `The date has been cleared for “${label}”.`,
  downloaded: (name) => `File ${name} downloaded.`,
  nothingToExport: "There are no cases in the list yet.",
  storeHeading: "Keep on this device",
  storeIntro:
    "Without this button the page keeps nothing: reload the page and the list is gone. When " +
    "you keep the list, it stays in this browser on this device until you click Clear everything.",
  store: "Keep on this device",
  stored: "The list is kept on this device. Changes are kept too, until you click Clear everything.",
  storedNow: "The list has been kept on this device.",
  restored: (n) => (n === 1 ? "1 kept case loaded." : `${n} kept cases loaded.`),
  storeFailed:
    "This browser cannot keep the list (for example in a private window). The list is still on the page.",
  wipe: "Clear everything",
  wipeQuestion: "Are you sure? This removes every case from this page and from this device.",
  wipeYes: "Yes, clear everything",
  wipeNo: "No, go back",
  wiped: "Everything has been cleared, on the page and on this device.",
  otherTabChanged: (n) => `The list was changed in another tab. This page now shows that list (${n} cases).`,
  otherTabWiped: "The list was cleared in another tab. It is gone from this page too.",
  conflict:
    "Not kept: the list on this device was changed or cleared in another tab meanwhile. Reload the " +
    "page to see that list.",
  unreadableKept: (n) =>
    n === 1
      ? "1 kept case could not be read. It stays kept, but is not in the overview."
      : `${n} kept cases could not be read. They stay kept, but are not in the overview.`,
  unreadableList:
    "The list kept on this device cannot be read. Nothing is overwritten. Clear everything to start again.",
  keptHeading: (n) => (n === 1 ? "1 kept case could not be read" : `${n} kept cases could not be read`),
  printedOn: "Spoorwijzer overview, Multiple cases",
};

export const DOSSIER_STRINGS = { nl: NL, en: EN };

/** The page's words in "nl" or "en". */
export function dossierStrings(lang) {
  return lang === "en" ? EN : NL;
}
