def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/toolkit/case-studies/wrong-type-order.md:4:8: error wrong-type: expected a whole number, found ')
assert log.contains('toolkit: 1 error, 0 warnings; 1 item loaded from src/main/toolkit/: fix the errors above')
assert log.contains('BUILD FAILURE')
