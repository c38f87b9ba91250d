import json, re, collections, sys
P='/work/shared/data/polnear/train.jsonl'
arts=[json.loads(l) for l in open(P)]
C=collections.Counter
n_att=sum(len(a['attributions']) for a in arts)
words=sum(len(a['text'].split()) for a in arts)
print('articles',len(arts),'atts',n_att,'per art',n_att/len(arts),'words/art',words/len(arts),'atts/1000w',1000*n_att/words)
QO='"“'; QC='"”'
stats=C(); cues=C(); srcfirst=C(); ends=C(); starts=C(); nsp=C()
ex=collections.defaultdict(list)
for a in arts:
  t=a['text']
  for at in a['attributions']:
    s,c,ct=at['source'],at['cue'],at['content']
    stats['has_src' if s else 'no_src']+=1
    stats['evt_'+at['attrs']['event_type']]+=1
    if at['attrs']['event_type']=='Attribution-no-source' and s: stats['nosrc_evt_but_src']+=1
    if not s and at['attrs']['event_type']=='Attribution': stats['src_evt_but_nosrc']+=1
    nsp['content%d'%len(ct)]+=1; nsp['cue%d'%len(c)]+=1; nsp['src%d'%len(s)]+=1
    for sp in c: cues[sp['text'].lower()]+=1
    if not ct: continue
    first=ct[0]['text']; last=ct[-1]['text']
    alltext=' '.join(x['text'] for x in ct)
    direct = first[:1] in QO and last.rstrip()[-1:] in QC+',.' 
    # kinds
    nq=sum(alltext.count(q) for q in '"“”')
    if first[:1] in QO and (last.endswith(('"','”',',"',',”','."','.”')) ):
      kind='direct'
    elif nq>0: kind='mixed'
    else: kind='indirect'
    stats['kind_'+kind]+=1
    if kind=='direct':
      stats['direct_endquote']+= last[-1:] in QC
      # char right after content
      nxt=t[ct[-1]['end']:ct[-1]['end']+1]
      stats['direct_next_'+repr(nxt)]+=1
      ends['direct:'+last[-2:]]+=1
      if len(ct)>1: stats['direct_multi']+=1
    if kind=='indirect':
      ends['ind:'+last[-1:]]+=1
      w=first.split()[0].lower() if first.split() else ''
      starts[w]+=1
      prev=t[max(0,ct[0]['start']-5):ct[0]['start']]
      if prev.lower().endswith('that '): stats['ind_prev_that_excluded']+=1
      if w=='that': stats['ind_starts_that']+=1
      nxt=t[ct[-1]['end']:ct[-1]['end']+1]
      stats['ind_next_'+repr(nxt)]+=1
    # source position relative to cue
    if s and c:
      stats['src_before_cue' if s[0]['start']<c[0]['start'] else 'src_after_cue']+=1
    if c and ct:
      stats['cue_before_content' if c[0]['start']<ct[0]['start'] else ('cue_inside_content' if c[0]['start']<ct[-1]['end'] else 'cue_after_content')]+=1
for k,v in sorted(stats.items()): print(k,v)
print(nsp)
print('TOP CUES', cues.most_common(120))
print('IND STARTS', starts.most_common(30))
print('ENDS', ends.most_common(30))
