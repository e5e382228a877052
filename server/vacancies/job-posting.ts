import type { VacancyListing } from "../../db/vacancy.repository.js";
import type { EducationLevel } from "../positions/position.schema.js";
import { escapeHtml } from "../text/html.js";
import { placeOf } from "./job-location.js";
import { redactPersonalData } from "./redact.js";

// Google's JobPosting vocabulary; schema.org leaves these as Text.
const employmentTypes: Record<string, string> = {
  full_time: "FULL_TIME", part_time: "PART_TIME", contract: "CONTRACTOR", internship: "INTERN", temporary: "TEMPORARY",
};
const credentialCategories: Partial<Record<EducationLevel, string>> = {
  high_school: "high school", associate: "associate degree", bachelor: "bachelor degree", master: "postgraduate degree", doctorate: "postgraduate degree",
};
const salaryUnits = { hour: "HOUR", day: "DAY", month: "MONTH", year: "YEAR" } as const;

const safeText = (s: string) => escapeHtml(redactPersonalData(s));

/** The description as the escaped HTML Google accepts: summary, duties and requirements, no contact details. */
export function describe(v: VacancyListing): string {
  const parts: string[] = [];
  if (v.p_summary) parts.push(`<p>${safeText(v.p_summary)}</p>`);
  if (v.p_responsibilities.length) parts.push(`<ul>${v.p_responsibilities.map((r) => `<li>${safeText(r)}</li>`).join("")}</ul>`);
  const skills = v.p_requirements.skills.map((s) => s.name);
  if (skills.length) parts.push(`<p>${safeText(skills.join(", "))}</p>`);
  return parts.join("") || `<p>${safeText(v.p_title)}</p>`;
}

/**
 * Where the job is, as Google wants it: a remote job names the country applicants must live in; any other
 * job has a place with a country, even when the recruiter gave no location.
 */
function locationOf(location: string | null): Record<string, unknown> {
  const { remote, country } = placeOf(location);
  if (remote) return { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: country } };
  const address: Record<string, string> = { "@type": "PostalAddress", addressCountry: country };
  if (location) address.addressLocality = location;
  return { jobLocation: { "@type": "Place", address } };
}

/** schema.org JobPosting for the public vacancy page (Google for Jobs reads it); `pageUrl` is the page itself. */
export function toJobPosting(v: VacancyListing, pageUrl: string): Record<string, unknown> {
  const req = v.p_requirements;
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: v.p_title,
    description: describe(v),
    datePosted: new Date(v.published_at ?? v.updated_at).toISOString(),
    hiringOrganization: { "@type": "Organization", name: v.org_name },
    identifier: { "@type": "PropertyValue", name: v.org_name, value: v.id },
    url: pageUrl,
    // Candidates apply on the page itself, without a further redirect.
    directApply: true,
    ...locationOf(v.location),
  };
  if (v.closes_at) ld.validThrough = new Date(v.closes_at).toISOString();
  if (v.employment_type && employmentTypes[v.employment_type]) ld.employmentType = employmentTypes[v.employment_type];
  if (v.p_department) ld.occupationalCategory = v.p_department;
  if (v.headcount) ld.totalJobOpenings = v.headcount;
  if (v.salary) {
    ld.baseSalary = {
      "@type": "MonetaryAmount",
      currency: v.salary.currency,
      value: { "@type": "QuantitativeValue", minValue: v.salary.min, maxValue: v.salary.max, unitText: salaryUnits[v.salary.period] },
    };
  }
  const credential = req.education.minLevel ? credentialCategories[req.education.minLevel] : undefined;
  if (credential) ld.educationRequirements = { "@type": "EducationalOccupationalCredential", credentialCategory: credential };
  if (req.experience.minYears !== null) {
    ld.experienceRequirements = { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Math.round(req.experience.minYears * 12) };
  }
  if (req.skills.length) ld.skills = req.skills.map((s) => s.name).join(", ");
  return ld;
}
