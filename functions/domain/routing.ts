import type { Person, SiteConfig } from '../config/schema.ts';

/**
 * One owner per feedback, chosen once: the first routing rule whose category and page prefix
 * both match, else the site owner. Nobody gets bounced between people afterwards.
 */
export function chooseOwner(site: SiteConfig, input: { category?: string; pageUrl?: string }): Person {
  const category = input.category?.trim().toLowerCase();
  const rule = site.routing.find(
    (candidate) =>
      (candidate.category === undefined || candidate.category.toLowerCase() === category) &&
      (candidate.pageUrlPrefix === undefined || (input.pageUrl ?? '').startsWith(candidate.pageUrlPrefix)),
  );
  return rule?.owner ?? site.owner;
}

export function firstName(person: Person): string {
  return person.name.trim().split(/\s+/)[0] ?? person.name;
}

/** Everyone who may act on a site's feedback: owner, backup, staff and routing-rule owners. */
export function sitePeople(site: SiteConfig): Person[] {
  const all = [site.owner, site.backup, ...site.staff, ...site.routing.map((rule) => rule.owner)];
  const seen = new Set<string>();
  return all.filter((person) => {
    const key = person.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function findPerson(site: SiteConfig, email: string | undefined): Person | undefined {
  const wanted = email?.trim().toLowerCase();
  return sitePeople(site).find((person) => person.email.toLowerCase() === wanted);
}
