def log = new File(basedir, 'build.log').text
assert log.contains('toolkit: validation skipped')
assert log.contains('BUILD SUCCESS')
