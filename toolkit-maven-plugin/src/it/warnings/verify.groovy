def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/toolkit/pages/unknown-scalar-field.md:3:1: warning unknown-field: unknown field \'sumary\' is ignored; did you mean \'summary\'?')
assert log.contains('toolkit: 0 errors, 1 warning; 2 items loaded from src/main/toolkit/: fix the warnings above, or set failOnWarning to false')
assert log.contains('BUILD FAILURE')
