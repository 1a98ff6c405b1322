def log = new File(basedir, 'build.log').text
assert log.contains('toolkit: 0 errors, 0 warnings; 1 item loaded from src/main/toolkit/')
assert log.contains('toolkit: site written to ')
assert new File(basedir, 'target/site/index.html').isFile()
assert new File(basedir, 'target/site/pages/ok/index.html').isFile()
assert new File(basedir, 'target/site/api/pages/ok.json').isFile()
