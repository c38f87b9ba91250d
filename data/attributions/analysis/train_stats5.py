import json, re, collections
arts=[json.loads(l) for l in open('/work/shared/data/polnear/train.jsonl')]
C=collections.Counter()
BEL=set('think thinks thought believe believes believed hope hopes hoped fear fears feared want wants wanted know knows knew expect expects expected see sees saw seem seems seemed appear appears appeared doubt doubts plan plans planned intends intend wonder worry worries worried feel feels felt consider considers considered'.split())
DOC=('show','shows','showed','found','finds','according to','reported','read','reads','wrote','writes','published','released')
for art in arts:
  t=art['text']; atts=art['attributions']
  srcs=collections.Counter((sp['start'],sp['end']) for at in atts for sp in at['source'])
  C['src_spans_shared']+=sum(1 for k,v in srcs.items() if v>1)
  C['src_spans']+=len(srcs)
  for at in atts:
    for sp in at['source']:
      if ',' in sp['text'].rstrip(',') :
        C['appos']+=1
        C['appos_comma_incl' if sp['text'].endswith(',') else ('appos_comma_next' if t[sp['end']:sp['end']+1]==',' else 'appos_other')]+=1
    if at['cue']:
      cw=at['cue'][0]['text'].lower().split()
      last=cw[-1] if cw else ''
      if cw and (cw[0] in BEL or last in BEL): C['type~belief']+=1
      elif ' '.join(cw).startswith(DOC): C['type~docish']+=1
    if at['content']:
      f=at['content'][0]['text'].lower()
      if f.startswith('to '): C['content_to_inf']+=1
      if f.startswith(('whether','if ')): C['content_whether']+=1
print(C)
