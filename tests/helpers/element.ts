/** A <div> of the test document holding `html`: the body a cleaner or reader gets, built from markup. */
export function elementOf(html: string): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}
