// What chalk gets for its own colour detection (#supports-color) in the bundle (scripts/bundle.js): no colour for its
// default instances, which yishi never uses. src/report/color.ts sets each instance's level itself, from Node's own
// getColorDepth of the stream written to. chalk's detection required node:tty at start, some 3 ms for every command,
// even when the output goes to a pipe or a file.
export default { stdout: false, stderr: false };
