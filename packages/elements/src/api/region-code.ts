// The contract's RegionCode: a six-digit GB/T 2260 code, or a functional zone
// named by its parent city's code and a suffix ("370800-taibaihu"). Checked
// before a request so a hand-edited link or attribute never becomes a 400.
export const REGION_CODE = /^[0-9]{6}(-[a-z]+)?$/;
