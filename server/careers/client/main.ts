import { startApplyForm } from "./apply.js";
import { startBoard } from "./board.js";
import { startCandidatePage } from "./candidate.js";

// Each page names itself on <body data-page>; the script starts what that page needs.
const starters: Record<string, () => void> = { board: startBoard, vacancy: startApplyForm, candidate: startCandidatePage };
starters[document.body.dataset.page ?? ""]?.();
