/**
 * How a resume row states that the person managed people: a verb of leading, then (within a few words)
 * the people led — a team word or a head count. Compared on folded text (Simplified, lower-case), so
 * Traditional 帶領/管理 read as Simplified. A verb alone ("负责供应商分级管理", "managed the budget") or
 * people without a leading verb ("mentor two junior engineers", "worked in a team of 5") is not management.
 */
// Up to three words, or a count, between a verb of leading and the people led ("de deux alternantes", "un equipo de 3").
const few = "(?:[a-zà-ÿ0-9'’-]+\\s+){0,3}?";

export const managementPhrases = {
  zh: {
    verbs: ["带领", "率领", "领导", "管理", "统筹", "负责管理", "组建", "培养", "督导", "带", "主管", "指导"],
    people: ["团队", "小组", "部门", "下属", "部属", "员工", "人员", "同事", "工程师", "组员", "店员", "店长", "门店", "门市", "分店", "销售"],
    /** A head count: 8人, 2名, 十余人. */
    count: "\\d+\\s*(?:人|名|位)|[一二两三四五六七八九十百]+余?(?:人|名|位)",
    /** Without a verb: 团队15人, 下属6人, 15人团队. */
    /** None stated outright, which no verb overrides: 下属人数：0人, 部屬：無, 管理責任：無. */
    none: ["(?:下属|部属)(?:人数)?\\s*[:：]?\\s*(?:0|零|无)\\s*(?:人|名|位)?(?!\\d)", "管理(?:责任|人数|幅度)\\s*[:：]\\s*(?:0\\s*(?:人|名)?|无)(?!\\d)"],
    stated: ["团队\\s*\\d+\\s*人", "下属\\s*\\d+\\s*人", "\\d+\\s*人(?:的)?(?:团队|小组)", "下属[:：][^。\\n]{0,24}?\\d+\\s*余?(?:人|名)"],
  },
  /** German: "Leitung eines Teams von fünf Elektrokonstrukteuren", "Führung von 12 Mitarbeitenden", "leitete ein Team von 4". */
  de: {
    stated: [
      "\\b(?:leitung|führung|leitete|führte|leite|führe)\\s+(?:(?:eines|einer|des|der|ein|eine|meines|von|mit)\\s+)*(?:[a-zäöüß0-9-]+\\s+){0,2}?(?:team|teams|abteilung|gruppe|mitarbeiter(?:n|innen)?|mitarbeitenden|beschäftigten)(?![a-zäöüß])",
      "\\bdisziplinarische (?:führung|verantwortung)\\b",
    ],
  },
  /**
   * French, Spanish, Italian, Portuguese and Dutch: "Encadrement de deux alternantes", "Management d'une équipe de 6",
   * "Dirijo un equipo de 3 analistas", "Gestione di un team di 5 persone", "Liderança de uma equipe de 8", "Leidinggeven aan 12
   * medewerkers". A verb of leading, then within a few words the people led.
   */
  romance: {
    stated: [
      `(?:encadrement|management|direction|animation|pilotage|encadre|encadré|encadrée|dirige|dirigé|dirigée|manage|managé|managée|anime|animé|animée)\\s+(?:d['’]|de\\s+|des\\s+|du\\s+|une?\\s+|l['’])?${few}(?:équipes?|collaborat(?:eurs|rices)|personnes|salariés|employés|techniciens|ingénieurs|alternant(?:e)?s|stagiaires|commerciaux|agents|consultants|analystes|développeurs|chargé(?:e)?s)(?![a-zà-ÿ])`,
      `(?:dirijo|dirigí|dirigía|dirección de|gestiono|gestioné|gestión de|lidero|lideré|liderazgo de|coordino|coordiné|coordinación de|superviso|supervisé|a cargo de|al frente de)\\s+(?:(?:un|una|el|la|los|las|mi)\\s+)?${few}(?:equipos?|personas|empleados|analistas|técnicos|ingenieros|comerciales|colaboradores|trabajadores)(?![a-zà-ÿ])`,
      `(?:gestione di|gestisco|ho gestito|coordinamento di|coordino|ho coordinato|guida di|guido|ho guidato|responsabile di)\\s+(?:(?:un|una|il|la)\\s+)?${few}(?:team|squadra|gruppo|persone|risorse|collaboratori|tecnici)(?![a-zà-ÿ])`,
      `(?:gestão de|liderança de|lidero|liderei|gerencio|gerenciei|coordenação de|coordeno|coordenei|supervisiono|supervisionei)\\s+(?:(?:uma?|a|o)\\s+)?${few}(?:equipes?|equipas?|time|pessoas|colaboradores|funcionários|analistas|técnicos)(?![a-zà-ÿ])`,
      `(?:leidinggeven aan|leiding aan|aansturen van|aansturing van|stuurde|stuur)\\s+(?:(?:een|het|de)\\s+)?${few}(?:team|medewerkers|collega['’]s|mensen)(?![a-zà-ÿ])`,
    ],
  },
  en: {
    verbs: [
      "lead", "leads", "led", "leading", "manage", "manages", "managed", "managing", "supervise", "supervises", "supervised", "supervising",
      "oversee", "oversees", "oversaw", "overseeing", "head", "heads", "headed", "heading", "direct", "directs", "directed", "directing",
      "run", "runs", "ran", "built and led", "built and managed", "grew and led",
    ],
    people: [
      "team", "teams", "group", "groups", "staff", "department", "departments", "crew", "crews", "pod", "pods", "squad", "squads", "unit", "units",
      "division", "divisions", "plant", "plants", "office", "offices", "branch", "branches", "store", "stores", "organization", "organizations",
      "people", "employees", "reports", "direct reports", "engineers", "analysts", "developers", "designers", "managers", "members", "clerks",
      "nurses", "agents", "associates", "executives", "consultants", "technicians", "operators", "workers", "sales reps", "representatives",
    ],
    /** "Direct reports: 0", "no direct reports", "Team size: none". */
    none: ["\\bdirect reports\\s*[:：]\\s*(?:0|none)\\b", "\\b(?:no|zero|0) direct reports\\b", "\\breports\\s*[:：]\\s*(?:0|none)\\b"],
    count: "\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|several|multiple",
  },
} as const;
