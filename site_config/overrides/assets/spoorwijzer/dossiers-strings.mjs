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

  importHeading: "Een CSV-bestand inlezen",
  importIntro:
    "Een bestand met één rij per dossier, bijvoorbeeld uit Excel. Begin met het sjabloon: " +
    "daar staan alle kolommen al in.",
  templateLink: "Download het sjabloon (CSV)",
  columnsLink: "Welke kolommen kunt u gebruiken?",
  fileLabel: "CSV-bestand",
  fileHint: "De kolommen gescheiden door een puntkomma of een komma. Datums als dd-mm-jjjj of jjjj-mm-dd.",
  importButton: "Lees het bestand in",
  noFile: "Kies eerst een bestand",
  reading: "Het bestand wordt gelezen…",
  computing: (done, total) => `Dossiers berekenen: ${done} van ${total}`,
  progressLabel: "Voortgang",
  imported: (n) => (n === 1 ? "1 dossier ingelezen." : `${n} dossiers ingelezen.`),
  notRead: (n) => (n === 1 ? "1 rij kon niet worden gelezen." : `${n} rijen konden niet worden gelezen.`),
  reportHeading: (n) => (n === 1 ? "1 rij kon niet worden gelezen" : `${n} rijen konden niet worden gelezen`),
  fileProblem: "Er is een probleem met het bestand",
  reportIntro:
    "De andere rijen zijn ingelezen. Verbeter deze rijen in uw bestand. Lees daarna alleen " +
    "die rijen opnieuw in, anders staan de andere dossiers er twee keer in.",
  reportCaption: "Rijen die niet konden worden gelezen",
  reportRow: "Rij",
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
  counts: (total, overdue, soon, days) =>
    `${total === 1 ? "1 dossier" : `${total} dossiers`}: ${overdue} met een stap die te laat is of ` +
    `niet als gedaan is ingevuld, ${soon} met een termijn binnen ${days} dagen.`,
  filterLegend: "Welke dossiers ziet u?",
  filters: {
    all: "Alle dossiers",
    attention: "Met een stap die te laat is of niet als gedaan is ingevuld",
    soon: (days) => `Met een termijn binnen ${days} dagen`,
  },
  roleLabel: "Termijnen voor",
  roleAll: "Iedereen",
  colName: "Naam",
  colStatus: "Ziekteweek en status",
  colNext: "Volgende termijn",
  colAttention: "Te laat of niet als gedaan ingevuld",
  colActions: "Wijzigen of verwijderen",
  sortHint: "sorteer",
  sorted: (column, ascending) => `Gesorteerd op ${column.toLowerCase()}, ${ascending ? "oplopend" : "aflopend"}.`,
  opensCalculator: " (opent de rekenhulp in een nieuw tabblad)",
  noNext: "Geen open termijn",
  nothingLate: "Niets",
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
  print: "Druk het overzicht af",
  json: "Bewaar de lijst als bestand (JSON)",
  jsonLabel: "Een lijst inlezen (JSON)",
  jsonHint: "Een bestand dat u eerder met deze pagina hebt bewaard, bijvoorbeeld op een ander apparaat.",
  jsonButton: "Lees de lijst in",
  jsonBad: "Dit bestand is geen lijst van Spoorwijzer. Kies een bestand dat u met deze pagina hebt bewaard.",
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
  printedOn: "Overzicht van Spoorwijzer, Meerdere dossiers",
};

const EN = {
  loading: "Loading the calculator…",
  ready: "The calculator is ready. Add a case or read a file.",
  waiting: "Please wait: the calculator is still loading. It will carry on by itself.",
  slow: "Loading takes long. You can keep waiting, or use the timeline without the calculator:",
  failed: "The calculator cannot start in this browser. The deadlines are also on the page",

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

  importHeading: "Read a CSV file",
  importIntro:
    "A file with one row per case, for example from Excel. Start from the template: it has " +
    "every column already.",
  templateLink: "Download the template (CSV)",
  columnsLink: "Which columns can you use?",
  fileLabel: "CSV file",
  fileHint: "The columns separated by a semicolon or a comma. Dates as dd-mm-yyyy or yyyy-mm-dd.",
  importButton: "Read the file",
  noFile: "Choose a file first",
  reading: "Reading the file…",
  computing: (done, total) => `Calculating cases: ${done} of ${total}`,
  progressLabel: "Progress",
  imported: (n) => (n === 1 ? "1 case read." : `${n} cases read.`),
  notRead: (n) => (n === 1 ? "1 row could not be read." : `${n} rows could not be read.`),
  reportHeading: (n) => (n === 1 ? "1 row could not be read" : `${n} rows could not be read`),
  fileProblem: "There is a problem with the file",
  reportIntro:
    "The other rows have been read. Correct these rows in your file. Then read only those " +
    "rows again, or the other cases will be in the list twice.",
  reportCaption: "Rows that could not be read",
  reportRow: "Row",
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
  counts: (total, overdue, soon, days) =>
    `${total === 1 ? "1 case" : `${total} cases`}: ${overdue} with a step that is late or not ` +
    `marked as done, ${soon} with a deadline within ${days} days.`,
  filterLegend: "Which cases do you see?",
  filters: {
    all: "All cases",
    attention: "With a step that is late or not marked as done",
    soon: (days) => `With a deadline within ${days} days`,
  },
  roleLabel: "Deadlines for",
  roleAll: "Everyone",
  colName: "Name",
  colStatus: "Week of illness and status",
  colNext: "Next deadline",
  colAttention: "Late or not marked as done",
  colActions: "Change or remove",
  sortHint: "sort",
  sorted: (column, ascending) => `Sorted by ${column.toLowerCase()}, ${ascending ? "ascending" : "descending"}.`,
  opensCalculator: " (opens the calculator in a new tab)",
  noNext: "No open deadline",
  nothingLate: "Nothing",
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
  print: "Print the overview",
  json: "Save the list as a file (JSON)",
  jsonLabel: "Read a list (JSON)",
  jsonHint: "A file you saved earlier with this page, for example on another device.",
  jsonButton: "Read the list",
  jsonBad: "This file is not a Spoorwijzer list. Choose a file you saved with this page.",
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
  printedOn: "Spoorwijzer overview, Multiple cases",
};

export const DOSSIER_STRINGS = { nl: NL, en: EN };

/** The page's words in "nl" or "en". */
export function dossierStrings(lang) {
  return lang === "en" ? EN : NL;
}
