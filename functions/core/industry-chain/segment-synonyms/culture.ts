/**
 * Other names of the cultural-industry segments: film and television,
 * digital content, performing arts.
 */
import type { SegmentSynonyms } from './types.js';

export const cultureSynonyms: SegmentSynonyms = {
  'film-tv.film-production': {
    en: ['TV drama production', 'TV series', 'film studio', 'drama production', 'documentary'],
    zh: ['电视剧制作', '影视公司', '纪录片', '网剧'],
    ko: ['드라마 제작', '영화사', '다큐멘터리', '제작사'],
  },
  'film-tv.post-production': {
    en: ['VFX studio', 'CGI', 'sound mixing', 'editing studio'],
    zh: ['影视后期', '后期特效', '剪辑'],
    ko: ['VFX 스튜디오', 'CG', '영상 편집'],
  },
  'film-tv.distribution-broadcasting': {
    en: ['cinema chain', 'broadcaster', 'TV channel', 'film distributor'],
    zh: ['院线', '电视台', '发行公司'],
    ko: ['방송사', '영화관', '배급사'],
  },
  'digital-content.animation': {
    en: ['animated series', 'animation studio', '3D animation'],
    zh: ['动画制作', '动画公司', '国漫'],
    ko: ['애니메이션 제작', '애니 스튜디오', '3D 애니메이션'],
  },
  'digital-content.games': {
    en: ['game studio', 'game developer'],
    zh: ['手游研发', '游戏公司', '游戏研发'],
    ko: ['게임사', '게임 개발사'],
  },
  'digital-content.character-licensing': {
    en: ['licensed merchandise', 'character goods', 'IP merchandise'],
    zh: ['IP衍生品', '周边产品', '授权商品'],
    ko: ['캐릭터 굿즈', '라이선스 상품', 'IP 사업'],
  },
  'digital-content.new-media': {
    en: ['live streaming e-commerce', 'MCN', 'video platform', 'influencer marketing'],
    zh: ['直播带货', 'MCN', '网络视频平台'],
    ko: ['OTT 플랫폼', 'MCN', '유튜브 채널'],
  },
  'performing-arts.show-brokerage': {
    en: ['talent agency', 'event organizer', 'concert promoter'],
    zh: ['经纪公司', '演出公司'],
    ko: ['공연 기획사', '엔터 회사'],
  },
  'performing-arts.cultural-performances': {
    en: ['K-pop concerts', 'theatre', 'live show'],
    zh: ['演艺活动', '剧场演出'],
    ko: ['K-POP 콘서트', '공연장', '뮤지컬 공연'],
  },
  'performing-arts.cultural-creative-products': {
    en: ['crafts', 'cultural goods'],
    zh: ['文创', '手工艺品', '旅游纪念品'],
    ko: ['기념품 제작', '공예'],
  },
};
